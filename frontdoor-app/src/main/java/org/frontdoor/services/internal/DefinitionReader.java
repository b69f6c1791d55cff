package org.frontdoor.services.internal;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.frontdoor.identity.Role;
import org.frontdoor.services.InvalidDefinition;
import org.frontdoor.services.ServiceDefinition;
import org.frontdoor.services.ServiceDefinition.Lifecycle;
import org.frontdoor.services.ServiceDefinition.Lookup;
import org.frontdoor.services.ServiceDefinition.Routing;
import org.frontdoor.services.ServiceDefinition.RoutingRule;
import org.frontdoor.services.ServiceDefinition.State;
import org.frontdoor.services.ServiceDefinition.Transition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one service definition file and validates all of it in one pass: the result is either a
 * complete definition or every problem in the file, each with its line and field. Plain Java.
 */
final class DefinitionReader {

    static final Set<String> CALENDARS = Set.of("england-and-wales", "scotland", "northern-ireland");
    private static final Set<String> REQUIREMENTS = Set.of("note", "decision", "document");
    private static final Pattern SERVICE_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern STATE_ID = Pattern.compile("[a-z][a-z0-9-]{0,59}");
    private static final int MAX_FILE_CHARACTERS = 1_000_000;

    private DefinitionReader() {
    }

    /**
     * @param file a name for the source, used in problems (usually the file name)
     * @throws InvalidDefinition with every problem found
     */
    static ServiceDefinition read(String file, Reader yaml) {
        var problems = new Problems(file);
        var root = parse(file, yaml, problems);
        if (root == null) {
            throw new InvalidDefinition(problems.all());
        }
        var id = root.text("id", true);
        if (id != null && !SERVICE_ID.matcher(id).matches()) {
            problems.add(root.lineOf("id"), "id", "A service id is lowercase words joined by hyphens, like 'help-abroad'");
        }
        var version = root.integer("version", true, 1, 1_000_000);
        var name = root.text("name", true);
        var summary = root.text("summary", false);
        var calendar = root.text("calendar", true);
        if (calendar != null && !CALENDARS.contains(calendar)) {
            problems.add(root.lineOf("calendar"), "calendar", "Unknown calendar '" + calendar + "'; use one of " + String.join(", ", CALENDARS.stream().sorted().toList()));
        }
        var listed = root.flag("listed", true);
        var formReader = new FormReader(problems);
        var formMap = root.map("form", true);
        var form = formMap == null ? null : formReader.read(formMap);
        var lifecycleMap = root.map("lifecycle", true);
        var lifecycle = lifecycleMap == null ? null : lifecycle(lifecycleMap, problems);
        var routingMap = root.map("routing", true);
        var routing = routingMap == null ? null : routing(routingMap, formReader, problems);
        root.rejectUnknown();
        if (!problems.isEmpty()) {
            throw new InvalidDefinition(problems.all());
        }
        return new ServiceDefinition(id, version, name, summary, form, lifecycle, routing, calendar, listed);
    }

    private static YamlMap parse(String file, Reader yaml, Problems problems) {
        try {
            var options = new LoaderOptions();
            options.setCodePointLimit(MAX_FILE_CHARACTERS);
            options.setMaxAliasesForCollections(10);
            options.setAllowDuplicateKeys(true); // reported as problems by YamlMap, with their lines
            var node = new Yaml(options).compose(yaml);
            if (node == null) {
                problems.add(1, "(file)", "The file is empty");
                return null;
            }
            return YamlMap.of(node, "", problems);
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark();
            problems.add(mark == null ? 1 : mark.getLine() + 1, "(file)", "Not valid YAML: " + e.getProblem());
            return null;
        } catch (YAMLException e) {
            problems.add(1, "(file)", "Not valid YAML: " + e.getMessage());
            return null;
        }
    }

    private static Lifecycle lifecycle(YamlMap lifecycle, Problems problems) {
        var states = new ArrayList<State>();
        var stateIds = new HashSet<String>();
        var stateLines = new ArrayList<Integer>();
        for (var state : lifecycle.maps("states", true)) {
            var id = state.text("id", true);
            if (id != null && !STATE_ID.matcher(id).matches()) {
                problems.add(state.lineOf("id"), state.field("id"), "A state id is lowercase words joined by hyphens, like 'awaiting-review'");
            } else if (id != null && !stateIds.add(id)) {
                problems.add(state.lineOf("id"), state.field("id"), "Another state already has the id '" + id + "'");
            }
            var label = state.text("label", true);
            var citizenStatus = state.text("citizen-status", true);
            var sla = state.integer("sla-working-days", false, 1, 3_650);
            var terminal = state.flag("terminal", false);
            var waiting = state.flag("waiting-on-citizen", false);
            state.rejectUnknown();
            states.add(new State(id, label, citizenStatus, sla, terminal, waiting));
            stateLines.add(state.line());
        }
        var initial = lifecycle.text("initial", true);
        if (initial != null && !stateIds.isEmpty() && !stateIds.contains(initial)) {
            problems.add(lifecycle.lineOf("initial"), lifecycle.field("initial"), "No state has the id '" + initial + "'");
        }
        var transitions = new ArrayList<Transition>();
        var transitionIds = new HashSet<String>();
        var reachable = new HashSet<String>();
        if (initial != null) {
            reachable.add(initial);
        }
        for (var transition : lifecycle.maps("transitions", true)) {
            var id = transition.text("id", true);
            if (id != null && !transitionIds.add(id)) {
                problems.add(transition.lineOf("id"), transition.field("id"), "Another transition already has the id '" + id + "'");
            }
            var label = transition.text("label", true);
            var from = new LinkedHashSet<>(transition.texts("from"));
            if (from.isEmpty()) {
                problems.add(transition.line(), transition.field("from"), "Say which states this transition starts from");
            }
            from.stream().filter(s -> !stateIds.contains(s)).forEach(s ->
                    problems.add(transition.lineOf("from"), transition.field("from"), "No state has the id '" + s + "'"));
            var to = transition.text("to", true);
            if (to != null && !stateIds.contains(to)) {
                problems.add(transition.lineOf("to"), transition.field("to"), "No state has the id '" + to + "'");
            }
            var roles = new LinkedHashSet<>(transition.texts("roles"));
            if (roles.isEmpty()) {
                problems.add(transition.line(), transition.field("roles"), "Say which roles may take this transition");
            }
            var known = Arrays.stream(Role.values()).filter(Role::isStaff).map(Enum::name).toList();
            roles.stream().filter(r -> !known.contains(r) && !r.equals("CITIZEN")).forEach(r ->
                    problems.add(transition.lineOf("roles"), transition.field("roles"), "Unknown role '" + r + "'; use " + String.join(", ", known) + " or CITIZEN"));
            var requires = new LinkedHashSet<>(transition.texts("requires"));
            requires.stream().filter(r -> !REQUIREMENTS.contains(r)).forEach(r ->
                    problems.add(transition.lineOf("requires"), transition.field("requires"), "Unknown requirement '" + r + "'; use note, decision or document"));
            var notify = transition.flag("notify-citizen", false);
            transition.rejectUnknown();
            transitions.add(new Transition(id, label, Set.copyOf(from), to, Set.copyOf(roles), Set.copyOf(requires), notify));
            if (to != null) {
                reachable.add(to);
            }
        }
        for (int i = 0; i < states.size(); i++) {
            var state = states.get(i);
            if (state.id() != null && !reachable.contains(state.id())) {
                problems.add(stateLines.get(i), lifecycle.field("states[" + i + "]"), "No transition leads to state '" + state.id() + "'");
            }
            boolean leaves = transitions.stream().anyMatch(t -> t.from().contains(state.id()));
            if (state.id() != null && !state.terminal() && !leaves) {
                problems.add(stateLines.get(i), lifecycle.field("states[" + i + "]"),
                        "No transition leaves state '" + state.id() + "'; add one or mark it 'terminal: true'");
            }
        }
        lifecycle.rejectUnknown();
        return new Lifecycle(initial, List.copyOf(states), List.copyOf(transitions));
    }

    private static Routing routing(YamlMap routing, FormReader form, Problems problems) {
        var defaultTeam = routing.text("default-team", true);
        var rules = new ArrayList<RoutingRule>();
        for (var rule : routing.maps("rules", false)) {
            if (!rule.has("when")) {
                problems.add(rule.line(), rule.field("when"), "Required field is missing");
            }
            var when = form.condition(rule, "when");
            var team = rule.text("team", true);
            rule.rejectUnknown();
            if (when != null && team != null) {
                rules.add(new RoutingRule(when, team));
            }
        }
        var lookups = new ArrayList<Lookup>();
        for (var lookup : routing.maps("lookups", false)) {
            var id = lookup.text("id", true);
            var label = lookup.text("label", true);
            var from = lookup.text("from", true);
            var tableName = lookup.text("table", true);
            var table = tableName == null ? java.util.Optional.<java.util.Map<String, String>>empty() : LookupTables.builtIn().table(tableName);
            if (tableName != null && table.isEmpty()) {
                problems.add(lookup.lineOf("table"), lookup.field("table"), "There is no table '" + tableName + "'");
            }
            lookup.rejectUnknown();
            if (id != null && label != null && from != null && table.isPresent()) {
                lookups.add(new Lookup(id, label, from, table.get()));
            }
        }
        routing.rejectUnknown();
        return new Routing(defaultTeam, List.copyOf(rules), List.copyOf(lookups));
    }
}
