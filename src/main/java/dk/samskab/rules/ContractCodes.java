package dk.samskab.rules;

import dk.samskab.model.ActorKind;
import dk.samskab.model.Axis;
import dk.samskab.model.Codes;
import dk.samskab.model.Fact;
import dk.samskab.model.Strength;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The codes the contract allows where a rule writes a literal: in a pattern's constraint, or a new fact. */
final class ContractCodes {

    private static final List<String> AXES =
            Arrays.stream(Axis.values()).map(Axis::code).toList();
    private static final List<String> POLES = poles(false);
    private static final List<String> POSITIONS = poles(true);

    private static final Map<String, Map<String, List<String>>> PROPERTIES = Map.ofEntries(
            Map.entry("Actor", Map.of("kind", ActorKind.codes())),
            Map.entry("PerceivedType", Map.of("type", Codes.CO_CREATION_TYPES)),
            Map.entry(
                    "Evidence",
                    Map.of(
                            "axis",
                            AXES,
                            "pole",
                            POLES,
                            "strength",
                            Strength.NAMES,
                            "onlyIn",
                            Axis.PREDICTABILITY.poles())),
            Map.entry("Strength", Map.of("name", Strength.NAMES)),
            Map.entry("Balance", Map.of("axis", AXES)),
            Map.entry("Weighed", Map.of("axis", AXES, "pole", POLES, "onlyIn", Axis.PREDICTABILITY.poles())),
            Map.entry("AxisPosition", Map.of("axis", AXES, "pole", POSITIONS)),
            Map.entry(
                    "TypeDefinition",
                    Map.of(
                            "type",
                            Codes.CO_CREATION_TYPES,
                            "predictability",
                            Axis.PREDICTABILITY.poles(),
                            "centralActor",
                            Axis.CENTRAL_ACTOR.poles())),
            Map.entry(
                    "TypeRuledOut",
                    Map.of("type", Codes.CO_CREATION_TYPES, "axis", AXES, "needed", POLES, "actual", POSITIONS)),
            Map.entry("Classification", Map.of("type", Codes.TYPES)),
            Map.entry("EmployeeRole", Map.of("role", Codes.EMPLOYEE_ROLES, "place", Codes.TABLE_PLACES)),
            Map.entry("CitizenRole", Map.of("role", Codes.CITIZEN_ROLES)),
            Map.entry("Warning", Map.of("code", Codes.WARNINGS, "about", AXES)));

    /** For each type a rule may insert, the codes each literal argument may take, in order (the last repeats). */
    private static final Map<String, List<List<String>>> CONSTRUCTORS = Map.of(
            "Evidence", List.of(List.of(), AXES, POLES, Axis.PREDICTABILITY.poles()),
            "Strength", List.of(Strength.NAMES),
            "Balance", List.of(AXES),
            "AxisPosition", List.of(AXES, POSITIONS),
            "TypeDefinition", List.of(Codes.CO_CREATION_TYPES, Axis.PREDICTABILITY.poles(), Axis.CENTRAL_ACTOR.poles()),
            "TypeRuledOut", List.of(Codes.CO_CREATION_TYPES, AXES, POLES, POSITIONS),
            "Classification", List.of(Codes.TYPES),
            "EmployeeRole", List.of(Codes.EMPLOYEE_ROLES, Codes.TABLE_PLACES),
            "CitizenRole", List.of(Codes.CITIZEN_ROLES),
            "Warning", List.of(Codes.WARNINGS, AXES));

    private ContractCodes() {}

    /** The codes {@code type.property} may be compared with, if the contract fixes them. */
    static Optional<List<String>> forProperty(String type, String property) {
        String simple = type.substring(type.lastIndexOf('.') + 1);
        if (simple.equals("Case")) {
            return Fact.byProperty(property)
                    .filter(f -> f.kind() != Fact.Kind.BOOLEAN)
                    .map(Fact::allowed);
        }
        return Optional.ofNullable(PROPERTIES.getOrDefault(simple, Map.of()).get(property));
    }

    /** The codes a literal {@code index}-th argument of {@code new Type(…)} may take, if the contract fixes them. */
    static Optional<List<String>> forArgument(String type, int index) {
        List<List<String>> slots = CONSTRUCTORS.get(type);
        if (slots == null) {
            return Optional.empty();
        }
        return Optional.of(slots.get(Math.min(index, slots.size() - 1)));
    }

    private static List<String> poles(boolean withUndetermined) {
        List<String> poles = new ArrayList<>();
        for (Axis axis : Axis.values()) {
            poles.addAll(axis.poles());
        }
        if (withUndetermined) {
            poles.add(Codes.UNDETERMINED);
        }
        return List.copyOf(poles);
    }
}
