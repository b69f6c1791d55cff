package org.frontdoor.services;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.frontdoor.documents.FileRules;

/**
 * One version of a public service, as read from its definition file. Immutable: a case keeps the
 * version it started with while newer versions are published.
 *
 * @param id       stable identifier, lowercase words joined by hyphens, for example {@code help-abroad}
 * @param version  increases with each published change
 * @param calendar whose bank holidays SLA clocks skip: england-and-wales, scotland or northern-ireland
 * @param listed   whether citizens start it from the list of services; a form reached only through
 *                 another journey (a grant programme's application form, after the eligibility check)
 *                 is not listed
 */
public record ServiceDefinition(String id, int version, String name, String summary, Form form, Lifecycle lifecycle,
                                Routing routing, String calendar, boolean listed) {

    /**
     * The questions a citizen answers, page by page, and the declaration they make before submitting.
     *
     * @param representedPersonEmail the email question that, when answered, names the person a carer or
     *                               representative applies for: they see the case too; null when the
     *                               service is only ever applied for by the person themselves
     */
    public record Form(List<Page> pages, String declaration, String representedPersonEmail) {

        public Optional<Question> question(String id) {
            return pages.stream().flatMap(page -> page.questions().stream()).filter(q -> q.id().equals(id)).findFirst();
        }
    }

    /** One page of the form; shown only when {@code showWhen} holds (null: always). */
    public record Page(String id, String title, Condition showWhen, List<Question> questions) {
    }

    /**
     * One question. Which constraints apply depends on the type: {@code maxLength} and
     * {@code pattern} for text, {@code min} and {@code max} for numbers and money, {@code options}
     * for choices, {@code items} for a repeating group ("add another"), {@code files} for a file
     * upload (null for other types). {@code requiredMessage}, when given, is what a person who
     * leaves a required question empty is told.
     */
    public record Question(String id, QuestionType type, String label, String hint, boolean required,
                           String requiredMessage, Condition showWhen, List<Option> options, Integer maxLength, String pattern,
                           String patternMessage, BigDecimal min, BigDecimal max, List<Question> items, Integer maxItems,
                           FileRules files) {

        /** A question that is not a file upload. */
        public Question(String id, QuestionType type, String label, String hint, boolean required,
                        String requiredMessage, Condition showWhen, List<Option> options, Integer maxLength, String pattern,
                        String patternMessage, BigDecimal min, BigDecimal max, List<Question> items, Integer maxItems) {
            this(id, type, label, hint, required, requiredMessage, showWhen, options, maxLength, pattern, patternMessage, min, max,
                    items, maxItems, type == QuestionType.FILE ? FileRules.DEFAULT : null);
        }
    }

    /** An answer a choice question offers. */
    public record Option(String value, String label) {
    }

    /** The states a case moves through and who may move it. */
    public record Lifecycle(String initialState, List<State> states, List<Transition> transitions) {

        public Optional<State> state(String id) {
            return states.stream().filter(s -> s.id().equals(id)).findFirst();
        }

        /** Transitions that may be taken from a state. */
        public List<Transition> from(String stateId) {
            return transitions.stream().filter(t -> t.from().contains(stateId)).toList();
        }
    }

    /**
     * @param citizenStatus   what the citizen is told while the case is in this state, in plain words
     * @param slaWorkingDays  working days the case may spend in this state, or null for no target
     * @param waitingOnCitizen whether the clock waits on the citizen here (for example, more information requested)
     */
    public record State(String id, String label, String citizenStatus, Integer slaWorkingDays, boolean terminal,
                        boolean waitingOnCitizen) {
    }

    /**
     * @param requires      what the person taking it must give: any of note, decision, document
     * @param notifyCitizen whether taking it tells the citizen (an event; delivery belongs to notifications)
     */
    public record Transition(String id, String label, Set<String> from, String to, Set<String> roles,
                             Set<String> requires, boolean notifyCitizen) {
    }

    /**
     * Which team gets a new case: the first rule whose condition holds, else the default team.
     * Lookups add facts to a case from data tables before the rules run (for example, the consular
     * post that serves the country given); rules can use them like answers.
     */
    public record Routing(String defaultTeam, List<RoutingRule> rules, List<Lookup> lookups) {

        public String teamFor(java.util.Map<String, ?> answers) {
            return rules.stream().filter(rule -> rule.when().test(answers)).map(RoutingRule::team).findFirst().orElse(defaultTeam);
        }

        /** The facts the lookups find for these answers, by lookup id; none for answers not in a table. */
        public java.util.Map<String, String> derive(java.util.Map<String, ?> answers) {
            var found = new java.util.LinkedHashMap<String, String>();
            for (var lookup : lookups) {
                var value = answers.get(lookup.from()) == null ? null : lookup.values().get(String.valueOf(answers.get(lookup.from())));
                if (value != null) {
                    found.put(lookup.id(), value);
                }
            }
            return found;
        }
    }

    /**
     * A fact found in a data table by an answer: {@code values} maps the answer to {@code from} to
     * the fact, kept on the case under {@code id} and shown to staff as {@code label}.
     */
    public record Lookup(String id, String label, String from, java.util.Map<String, String> values) {
    }

    public record RoutingRule(Condition when, String team) {
    }
}
