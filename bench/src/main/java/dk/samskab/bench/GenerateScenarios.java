package dk.samskab.bench;

import dk.samskab.engine.Engine;
import dk.samskab.engine.Outcome;
import dk.samskab.engine.RuleBase;
import dk.samskab.engine.RuleFailure;
import dk.samskab.loading.CaseFile;
import dk.samskab.loading.CaseReader;
import dk.samskab.model.Actor;
import dk.samskab.model.ActorKind;
import dk.samskab.model.Case;
import dk.samskab.model.Codes;
import dk.samskab.model.Fact;
import dk.samskab.model.PerceivedType;
import dk.samskab.replay.Comparison;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes N varied, valid scenario files for benchmarks and tests: {@code GenerateScenarios N DIR [seed]}.
 *
 * <p>Each file starts from one of the shipped scenarios ({@code scenarios/**}) and changes 0–4 things at random
 * within the contract's value lists ({@link Fact}, {@link ActorKind}, the co-creation types): a fact set to another
 * value, made unknown or added; an actor added, removed or given another kind; a perceived type added or removed.
 * Its {@code expect:} block is what the current rules ({@code rules/}, or {@code -Dbench.rules=DIR}) conclude, so
 * the generated suite passes a replay with the same rules. Ids are unique ({@code gen-000042-<base id>}); files go
 * 100 to a folder ({@code DIR/0000/…}). The same N and seed give the same bytes. Every file is read back with
 * {@link CaseReader} and compared with its case and outcome before the next is written.
 */
public final class GenerateScenarios {

    /** Files per subfolder. */
    static final int PER_FOLDER = 100;

    private static final String[] NEW_ACTOR_NAMES = {
        "Beboerforeningen",
        "Idrætsklubben",
        "Frivilligcentret",
        "Lokalhistorisk Forening",
        "Boligselskabet",
        "Ungdomsskolen",
        "Region Midtjylland",
        "Sundhedsstyrelsen",
        "Café Samværet (socialøkonomisk)",
        "Borgerne i området",
        "Nabolaget",
        "Tømrerfirmaet",
        "Spejderne",
        "Ældrerådet",
        "Fritidsklubben",
        "Kulturhuset",
        "Erhvervsforeningen",
        "Pårørendegruppen"
    };

    private final Engine engine;
    private final List<CaseFile> bases;
    private final Random random;
    private final long seed;

    GenerateScenarios(Engine engine, List<CaseFile> bases, long seed) {
        this.engine = engine;
        this.bases = bases;
        this.seed = seed;
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws Exception {
        Home.quietLogging();
        if (args.length < 2 || args.length > 3) {
            System.err.println(
                    "usage: GenerateScenarios N DIR [seed]   (writes N scenarios below DIR; seed 1 by default)");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        long seed = args.length == 3 ? Long.parseLong(args[2]) : 1L;
        if (n < 0) {
            System.err.println("GenerateScenarios: N must be 0 or more");
            System.exit(2);
        }
        if (Files.exists(dir) && !isEmptyFolder(dir)) {
            System.err.println("GenerateScenarios: " + dir + " exists and is not an empty folder; remove it first");
            System.exit(2);
        }
        long began = System.nanoTime();
        GenerateScenarios generator =
                new GenerateScenarios(new Engine(RuleBase.load(Home.rules())), Home.shippedScenarios(), seed);
        Map<String, Integer> types = generator.writeAll(n, dir);
        System.out.printf(
                Locale.ROOT,
                "wrote %d scenarios to %s (seed %d) in %.1f s; types: %s%n",
                n,
                dir,
                seed,
                (System.nanoTime() - began) / 1e9,
                types);
    }

    private static boolean isEmptyFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Writes scenarios 0..n-1 below {@code dir}; returns how many expect each type. */
    Map<String, Integer> writeAll(int n, Path dir) throws Exception {
        Map<String, Integer> types = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            Path folder = dir.resolve(String.format(Locale.ROOT, "%04d", i / PER_FOLDER));
            if (i % PER_FOLDER == 0) {
                Files.createDirectories(folder);
            }
            Generated g = next(i);
            Path file = folder.resolve(g.id() + ".yaml");
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(g.yaml());
            }
            check(file, g);
            types.merge(g.outcome().type(), 1, Integer::sum);
            if (n >= 20_000 && (i + 1) % 10_000 == 0) {
                System.err.printf(Locale.ROOT, "  %,d of %,d%n", i + 1, n);
            }
        }
        return types;
    }

    /** One generated scenario: its id, its case, what the rules conclude, and the file's text. */
    record Generated(String id, Case facts, Outcome outcome, String yaml) {}

    /** The i-th scenario (call in order: each draws from the one seeded random). */
    Generated next(int i) {
        for (int attempt = 0; ; attempt++) {
            CaseFile base = bases.get(random.nextInt(bases.size()));
            List<String> changes = new ArrayList<>();
            Case facts = attempt < 20 ? vary(base.facts(), random.nextInt(5), changes) : base.facts();
            Outcome outcome;
            try {
                outcome = engine.classify(facts);
            } catch (RuleFailure e) {
                continue; // the rules cannot classify this variant: draw another, so the suite passes
            }
            String id = String.format(Locale.ROOT, "gen-%06d-%s", i, base.id());
            return new Generated(id, facts, outcome, yaml(id, base, changes, facts, expectation(outcome)));
        }
    }

    // --- variation ----------------------------------------------------------------------------------------

    private Case vary(Case base, int count, List<String> changes) {
        List<Actor> actors = new ArrayList<>(base.getActors());
        Map<Fact, Object> facts = new EnumMap<>(Fact.class);
        facts.putAll(base.knownFacts());
        List<PerceivedType> perceived = new ArrayList<>(base.getPerceivedTypes());
        for (int c = 0; c < count; c++) {
            int roll = random.nextInt(100);
            if (roll < 40) {
                Fact fact = pick(Fact.values());
                Object value = randomValue(fact);
                facts.put(fact, value);
                changes.add("set " + fact.code() + " to " + value);
            } else if (roll < 60) {
                if (!facts.isEmpty()) {
                    Fact fact = pick(facts.keySet().toArray(new Fact[0]));
                    facts.remove(fact);
                    changes.add("left " + fact.code() + " unknown");
                }
            } else if (roll < 70) {
                String name = newActorName(actors);
                String kind = pick(ActorKind.values()).code();
                actors.add(new Actor(name, kind));
                changes.add("added actor " + name + " (" + kind + ")");
            } else if (roll < 78) {
                if (actors.size() > 1) {
                    Actor gone = actors.remove(random.nextInt(actors.size()));
                    perceived.removeIf(p -> p.actor().equals(gone.name()));
                    changes.add("removed actor " + gone.name());
                }
            } else if (roll < 86) {
                int at = random.nextInt(actors.size());
                String kind = pick(ActorKind.values()).code();
                actors.set(at, new Actor(actors.get(at).name(), kind));
                changes.add("made " + actors.get(at).name() + " a " + kind);
            } else if (roll < 94) {
                Actor who = actors.get(random.nextInt(actors.size()));
                if (perceived.stream().noneMatch(p -> p.actor().equals(who.name()))) {
                    String type = Codes.CO_CREATION_TYPES.get(random.nextInt(4));
                    perceived.add(new PerceivedType(who.name(), type));
                    changes.add(who.name() + " sees it as " + type);
                }
            } else if (!perceived.isEmpty()) {
                PerceivedType gone = perceived.remove(random.nextInt(perceived.size()));
                changes.add("dropped how " + gone.actor() + " sees it");
            }
        }
        return new Case(actors, facts, perceived);
    }

    private Object randomValue(Fact fact) {
        return switch (fact.kind()) {
            case BOOLEAN -> random.nextBoolean();
            case CHOICE -> fact.allowed().get(random.nextInt(fact.allowed().size()));
            case LIST -> {
                List<String> values = new ArrayList<>();
                for (String value : fact.allowed()) {
                    if (random.nextInt(100) < 35) {
                        values.add(value);
                    }
                }
                yield List.copyOf(values);
            }
        };
    }

    private String newActorName(List<Actor> actors) {
        String name = NEW_ACTOR_NAMES[random.nextInt(NEW_ACTOR_NAMES.length)];
        String candidate = name;
        for (int k = 2; taken(actors, candidate); k++) {
            candidate = name + " " + k;
        }
        return candidate;
    }

    private static boolean taken(List<Actor> actors, String name) {
        return actors.stream().anyMatch(a -> a.name().equals(name));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    // --- expectation --------------------------------------------------------------------------------------

    /** The {@code expect:} block of an outcome: everything it concludes, and a few warnings it does not raise. */
    private record Expect(
            String type, List<String> warnings, List<String> absent, String employeeRole, List<String> citizenRoles) {}

    private Expect expectation(Outcome outcome) {
        List<String> raised = List.copyOf(outcome.warningCodes());
        List<String> absent = new ArrayList<>();
        for (String code : Codes.WARNINGS) {
            if (!raised.contains(code) && random.nextInt(100) < 25) {
                absent.add(code);
            }
        }
        String role = outcome.employeeRole().map(d -> d.fact().role()).orElse("none");
        return new Expect(outcome.type(), raised, absent, role, List.copyOf(outcome.citizenRoles()));
    }

    // --- YAML ---------------------------------------------------------------------------------------------

    private String yaml(String id, CaseFile base, List<String> changes, Case facts, Expect expect) {
        StringBuilder y = new StringBuilder(1024);
        y.append("id: ").append(id).append('\n');
        y.append("title: ")
                .append(quote(base.title() + " (variant " + id.substring(4, 10) + ")"))
                .append('\n');
        y.append("source: ")
                .append(quote("generated from " + base.id() + ", seed " + seed))
                .append('\n');
        y.append("description: |\n");
        if (base.description() != null) {
            base.description()
                    .strip()
                    .lines()
                    .forEach(line -> y.append(line.isBlank() ? "" : "  " + line.stripTrailing())
                            .append('\n'));
        }
        y.append("  Variant: ")
                .append(changes.isEmpty() ? "unchanged" : String.join("; ", changes))
                .append(".\n");
        y.append("case:\n");
        y.append("  actors:\n");
        for (Actor actor : facts.getActors()) {
            y.append("    - { name: ")
                    .append(quote(actor.name()))
                    .append(", kind: ")
                    .append(actor.kind())
                    .append(" }\n");
        }
        for (Map.Entry<Fact, Object> fact : facts.knownFacts().entrySet()) {
            y.append("  ")
                    .append(fact.getKey().code())
                    .append(": ")
                    .append(scalarOrList(fact.getValue()))
                    .append('\n');
        }
        if (!facts.getPerceivedTypes().isEmpty()) {
            y.append("  perceived_types:\n");
            for (PerceivedType p : facts.getPerceivedTypes()) {
                y.append("    - { actor: ")
                        .append(quote(p.actor()))
                        .append(", type: ")
                        .append(p.type())
                        .append(" }\n");
            }
        }
        y.append("expect:\n");
        y.append("  type: ").append(expect.type()).append('\n');
        y.append("  warnings: ").append(scalarOrList(expect.warnings())).append('\n');
        y.append("  absent_warnings: ").append(scalarOrList(expect.absent())).append('\n');
        y.append("  employee_role: ").append(expect.employeeRole()).append('\n');
        y.append("  citizen_roles: ")
                .append(scalarOrList(expect.citizenRoles()))
                .append('\n');
        return y.toString();
    }

    private static String scalarOrList(Object value) {
        if (value instanceof List<?> list) {
            return "[" + String.join(", ", list.stream().map(String::valueOf).toList()) + "]";
        }
        return String.valueOf(value);
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    // --- self-check ---------------------------------------------------------------------------------------

    /** Reads the file back as replay will, and fails loudly unless it holds the case and its outcome passes. */
    private static void check(Path file, Generated g) throws Exception {
        CaseFile read = CaseReader.read(file);
        if (!read.id().equals(g.id())
                || !read.facts().equals(g.facts())
                || read.expect() == null
                || !Comparison.compare(read.expect(), g.outcome()).isEmpty()) {
            throw new IllegalStateException("generated " + file + " does not read back as written: " + read);
        }
    }
}
