package dk.samskab.engine;

import dk.samskab.model.Axis;
import dk.samskab.model.AxisPosition;
import dk.samskab.model.Balance;
import dk.samskab.model.Case;
import dk.samskab.model.CitizenRole;
import dk.samskab.model.Classification;
import dk.samskab.model.CoCreation;
import dk.samskab.model.Codes;
import dk.samskab.model.EmployeeRole;
import dk.samskab.model.Evidence;
import dk.samskab.model.TypeDefinition;
import dk.samskab.model.Warning;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the rules concluded about one case: every derived fact with the rule that inserted it, and the rules that
 * fired, in order. The accessors read the conclusions; none of them decides anything.
 */
public record Outcome(Case facts, List<Derived<Object>> derived, List<String> firedRules) {

    public Outcome {
        derived = List.copyOf(derived);
        firedRules = List.copyOf(firedRules);
    }

    /** Every conclusion of one fact type, in the order the rules drew them. */
    @SuppressWarnings("unchecked")
    public <T> List<Derived<T>> all(Class<T> type) {
        List<Derived<T>> found = new ArrayList<>();
        for (Derived<Object> d : derived) {
            if (type.isInstance(d.fact())) {
                found.add((Derived<T>) d);
            }
        }
        return found;
    }

    public Derived<Classification> classification() {
        return all(Classification.class).get(0);
    }

    /** The derived type's code. */
    public String type() {
        return classification().fact().type();
    }

    public boolean isCoCreation() {
        return !all(CoCreation.class).isEmpty();
    }

    public Optional<Derived<EmployeeRole>> employeeRole() {
        return all(EmployeeRole.class).stream().findFirst();
    }

    /** The citizen roles as a set, in the contract's order. */
    public Set<String> citizenRoles() {
        return inContractOrder(Codes.CITIZEN_ROLES, all(CitizenRole.class), CitizenRole::role);
    }

    /** The warning codes raised, in the contract's order. */
    public Set<String> warningCodes() {
        return inContractOrder(Codes.WARNINGS, all(Warning.class), Warning::code);
    }

    private static <T> Set<String> inContractOrder(
            List<String> vocabulary, List<Derived<T>> derived, Function<T, String> code) {
        Set<String> found = derived.stream().map(d -> code.apply(d.fact())).collect(Collectors.toSet());
        Set<String> ordered = new LinkedHashSet<>();
        vocabulary.stream().filter(found::contains).forEach(ordered::add);
        return ordered;
    }

    public List<Derived<Evidence>> evidence() {
        return all(Evidence.class);
    }

    public Optional<Derived<AxisPosition>> position(String axis) {
        return all(AxisPosition.class).stream()
                .filter(d -> d.fact().axis().equals(axis))
                .findFirst();
    }

    /** Each settled axis's pole, by axis code, in the order of {@link Axis}. */
    public Map<String, String> positions() {
        Map<String, String> positions = new LinkedHashMap<>();
        for (Axis axis : Axis.values()) {
            position(axis.code())
                    .ifPresent(d -> positions.put(axis.code(), d.fact().pole()));
        }
        return positions;
    }

    /** The warnings raised, each as its code, or {@code code@axis} for a warning about one axis. */
    public Set<String> warningsRaised() {
        Set<String> raised = new LinkedHashSet<>();
        for (Derived<Warning> d : all(Warning.class)) {
            Warning warning = d.fact();
            raised.add(warning.about() == null ? warning.code() : warning.code() + "@" + warning.about());
        }
        return raised;
    }

    /** The rules' weighing of an axis, if they weighed it. */
    public Optional<Balance> balance(String axis) {
        return all(Balance.class).stream()
                .map(Derived::fact)
                .filter(b -> b.axis().equals(axis))
                .findFirst();
    }

    public List<TypeDefinition> typeDefinitions() {
        return all(TypeDefinition.class).stream().map(Derived::fact).toList();
    }

    /** The rules that drew the given conclusions, without repeats. */
    public static List<String> rulesOf(List<? extends Derived<?>> conclusions) {
        return conclusions.stream().map(Derived::rule).distinct().toList();
    }
}
