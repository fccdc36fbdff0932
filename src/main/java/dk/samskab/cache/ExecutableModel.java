package dk.samskab.cache;

import dk.samskab.rules.RuleSource;
import dk.samskab.rules.RuleSource.RuleFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.io.ResourceType;

/**
 * Drools' executable model of a rule set: built from the rule files into a jar of generated classes, and loaded
 * from that jar straight into a rule base, with no DRL compiled at load time.
 */
final class ExecutableModel {

    /** Lists the model classes of a built jar. */
    private static final String MODEL_LISTING = "META-INF/kie/org.default/artifact/drools-model";

    private ExecutableModel() {}

    /** The jar of the rule set's executable model; fails when Drools reports an error. */
    static byte[] build(RuleSource source) throws IOException {
        KieServices services = KieServices.Factory.get();
        KieFileSystem files = services.newKieFileSystem();
        for (RuleFile file : source.files()) {
            String relative = source.folder().relativize(file.path()).toString().replace('\\', '/');
            ResourceType type = switch (file.extension()) {
                case "dsl" -> ResourceType.DSL;
                case "dslr" -> ResourceType.DSLR;
                default -> ResourceType.DRL;
            };
            files.write(
                    "src/main/resources/samskab/" + relative,
                    services.getResources()
                            .newByteArrayResource(
                                    file.text().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8.name())
                            .setResourceType(type));
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IOException(
                    "the executable model did not build: " + errors.get(0).getText());
        }
        return ((InternalKieModule) builder.getKieModule()).getBytes();
    }

    /** A rule base from a jar written by {@link #build}. The class loader stays open while the rules run. */
    static KieBase load(Path jar) throws IOException, ReflectiveOperationException {
        List<String> models = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            var entry = file.getJarEntry(MODEL_LISTING);
            if (entry == null) {
                throw new IOException("no model listing in " + jar);
            }
            try (InputStream in = file.getInputStream(entry)) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("Drools-Model-Version"))
                        .forEach(models::add);
            }
        }
        if (models.isEmpty()) {
            throw new IOException("no model class in " + jar);
        }
        URLClassLoader loader =
                new URLClassLoader(new URL[] {jar.toUri().toURL()}, ExecutableModel.class.getClassLoader());
        List<Model> loaded = new ArrayList<>();
        for (String name : models) {
            loaded.add((Model)
                    loader.loadClass(name.strip()).getDeclaredConstructor().newInstance());
        }
        return KieBaseBuilder.createKieBaseFromModel(loaded);
    }
}
