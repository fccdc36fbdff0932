package dk.samskab.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The facts of one process, as a case file states them under {@code case:}. A getter returns {@code null} for a
 * fact the case leaves unknown; DRL patterns read the facts by property name, e.g.
 * {@code Case( resultPlannedInAdvance == true )}. Immutable: {@link #with} gives a changed copy.
 */
public final class Case {

    private final Map<Fact, Object> facts;
    private final List<Actor> actors;
    private final List<PerceivedType> perceivedTypes;

    public Case(List<Actor> actors, Map<Fact, Object> facts, List<PerceivedType> perceivedTypes) {
        this.actors = List.copyOf(actors);
        EnumMap<Fact, Object> copy = new EnumMap<>(Fact.class);
        facts.forEach((fact, value) -> copy.put(fact, checked(fact, value)));
        this.facts = Collections.unmodifiableMap(copy);
        this.perceivedTypes = List.copyOf(perceivedTypes);
    }

    private static Object checked(Fact fact, Object value) {
        Objects.requireNonNull(value, fact.code());
        boolean fits = switch (fact.kind()) {
            case BOOLEAN -> value instanceof Boolean;
            case CHOICE -> value instanceof String s && fact.allowed().contains(s);
            case LIST -> value instanceof List<?> list && fact.allowed().containsAll(list);
        };
        if (!fits) {
            throw new IllegalArgumentException(fact.code() + " cannot be " + value);
        }
        return value instanceof List<?> list ? List.copyOf(list) : value;
    }

    /** The value of a fact, or {@code null} when the case leaves it unknown. */
    public Object get(Fact fact) {
        return facts.get(fact);
    }

    public boolean isKnown(Fact fact) {
        return facts.containsKey(fact);
    }

    /** The known facts, in the contract's order. */
    public Map<Fact, Object> knownFacts() {
        return facts;
    }

    /** A copy with one fact set to {@code value}, or made unknown when {@code value} is {@code null}. */
    public Case with(Fact fact, Object value) {
        EnumMap<Fact, Object> changed = new EnumMap<>(Fact.class);
        changed.putAll(facts);
        if (value == null) {
            changed.remove(fact);
        } else {
            changed.put(fact, value);
        }
        return new Case(actors, changed, perceivedTypes);
    }

    public List<Actor> getActors() {
        return actors;
    }

    public List<PerceivedType> getPerceivedTypes() {
        return perceivedTypes;
    }

    public String getProblemIdentifiedBy() {
        return (String) get(Fact.PROBLEM_IDENTIFIED_BY);
    }

    public String getInitiativeFrom() {
        return (String) get(Fact.INITIATIVE_FROM);
    }

    public String getGoalsSetBy() {
        return (String) get(Fact.GOALS_SET_BY);
    }

    public Boolean getResultPlannedInAdvance() {
        return (Boolean) get(Fact.RESULT_PLANNED_IN_ADVANCE);
    }

    public Boolean getExecutorDecidedInAdvance() {
        return (Boolean) get(Fact.EXECUTOR_DECIDED_IN_ADVANCE);
    }

    public String getMainResponsibility() {
        return (String) get(Fact.MAIN_RESPONSIBILITY);
    }

    public String getMunicipalRole() {
        return (String) get(Fact.MUNICIPAL_ROLE);
    }

    public String getCitizensPositionedAs() {
        return (String) get(Fact.CITIZENS_POSITIONED_AS);
    }

    public List<String> getPartnersTakePartIn() {
        return list(Fact.PARTNERS_TAKE_PART_IN);
    }

    public Boolean getHelpToSelfHelp() {
        return (Boolean) get(Fact.HELP_TO_SELF_HELP);
    }

    public Boolean getVolunteerTrack() {
        return (Boolean) get(Fact.VOLUNTEER_TRACK);
    }

    public Boolean getFacilitatesExternalInitiative() {
        return (Boolean) get(Fact.FACILITATES_EXTERNAL_INITIATIVE);
    }

    public List<String> getMunicipalContribution() {
        return list(Fact.MUNICIPAL_CONTRIBUTION);
    }

    public Boolean getHearingOnFinishedProposal() {
        return (Boolean) get(Fact.HEARING_ON_FINISHED_PROPOSAL);
    }

    public String getDecisionMandate() {
        return (String) get(Fact.DECISION_MANDATE);
    }

    public Boolean getPartnersToBecomeSelfRunning() {
        return (Boolean) get(Fact.PARTNERS_TO_BECOME_SELF_RUNNING);
    }

    public List<String> getSafeguardPrinciples() {
        return list(Fact.SAFEGUARD_PRINCIPLES);
    }

    public Boolean getCitizenWishesDifferFromGoals() {
        return (Boolean) get(Fact.CITIZEN_WISHES_DIFFER_FROM_GOALS);
    }

    @SuppressWarnings("unchecked")
    private List<String> list(Fact fact) {
        return (List<String>) get(fact);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Case that
                && facts.equals(that.facts)
                && actors.equals(that.actors)
                && perceivedTypes.equals(that.perceivedTypes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(facts, actors, perceivedTypes);
    }

    @Override
    public String toString() {
        return "Case" + facts;
    }
}
