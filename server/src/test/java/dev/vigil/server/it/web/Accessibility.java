package dev.vigil.server.it.web;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** axe-core, run in the page by the browser tests: the serious and critical violations it finds. */
final class Accessibility {

    private static final Set<String> GRAVE = Set.of("serious", "critical");

    private Accessibility() {
    }

    /** Each serious or critical violation as "rule-id (impact): the first offending element". */
    static List<String> graveViolations(Browser browser) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze(browser.driver());
        return results.getViolations().stream()
                .filter(v -> GRAVE.contains(v.getImpact()))
                .map(Accessibility::describe)
                .collect(Collectors.toList());
    }

    private static String describe(Rule rule) {
        String where = rule.getNodes().isEmpty() ? "" : String.valueOf(rule.getNodes().get(0).getTarget());
        return rule.getId() + " (" + rule.getImpact() + "): " + where + " " + rule.getHelp();
    }
}
