package dk.samskab.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.Project;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java example, as a host program's developer would use it: the class is compiled with {@code javac}
 * against samskab's jar alone (its manifest names the libraries in {@code lib/}), run with {@code java}, and prints
 * what the README says. The jar is laid out as {@code mvn package} lays out {@code target/samskab.jar} and
 * {@code target/lib}, made here from the compiled classes (the tests run before {@code package}).
 */
class ReadmeJavaExampleTest {

    @TempDir
    Path temp;

    @Test
    void theJavaExampleCompilesAgainstTheJarAndPrintsWhatTheReadmeShows() throws Exception {
        List<String> readme = Files.readAllLines(Project.home().resolve("README.md"));
        List<String> source = block(readme, "```java");
        List<String> shown = block(readme.subList(readme.indexOf("```java"), readme.size()), "```sh-session");
        assertTrue(source.size() <= 12, "a ten-line example: " + source.size());
        String name = source.stream()
                .filter(l -> l.startsWith("public class "))
                .findFirst()
                .orElseThrow()
                .split(" ")[2];
        Path host = Files.createDirectories(temp.resolve("host"));
        Files.write(host.resolve(name + ".java"), source);
        Path jar = jar(temp.resolve("samskab"));

        run(host, List.of(javaTool("javac"), "-cp", jar.toString(), "-d", ".", name + ".java"));
        String command = shown.get(shown.size() - 2).substring(2);
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        assertEquals("java", args.get(0), command);
        args.set(0, javaTool("java"));
        args.set(args.indexOf("target/samskab.jar:."), jar + ":" + host);
        String printed = run(Project.home(), args);

        assertEquals(shown.get(shown.size() - 1), printed.strip());
    }

    /** The lines of the first fenced block after {@code fence} begins it. */
    private static List<String> block(List<String> lines, String fence) {
        int start = lines.indexOf(fence);
        assertTrue(start >= 0, "the README has a " + fence + " block");
        List<String> block = new ArrayList<>();
        for (int i = start + 1; !lines.get(i).startsWith("```"); i++) {
            block.add(lines.get(i));
        }
        return block;
    }

    /** samskab.jar from the compiled classes, with lib/ holding the runtime libraries its manifest names. */
    private static Path jar(Path folder) throws IOException {
        Path lib = Files.createDirectories(folder.resolve("lib"));
        List<String> classPath = new ArrayList<>();
        for (String entry : Files.readString(Project.home().resolve("target/runtime-classpath.txt"))
                .strip()
                .split(java.io.File.pathSeparator)) {
            Path library = Path.of(entry);
            Files.createSymbolicLink(lib.resolve(library.getFileName()), library);
            classPath.add("lib/" + library.getFileName());
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
        Path jar = folder.resolve("samskab.jar");
        Path classes = Project.home().resolve("target/classes");
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                Stream<Path> walk = Files.walk(classes)) {
            for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(
                        new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(path));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static String javaTool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    private static String run(Path in, List<String> command) throws Exception {
        Process process = new ProcessBuilder(command)
                .directory(in.toFile())
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), command + "\n" + output);
        return output;
    }
}
