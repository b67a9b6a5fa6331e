package dev.vigil.server.application.pattern;

import dev.vigil.server.domain.model.pattern.RulePack;
import java.util.List;

/** Outbound port that reads and fully checks a rule pack (schema, codes, fixtures) given as text. */
public interface RulePackParser {

    /** The pack, or {@link InvalidPack} listing every problem. */
    RulePack parse(String source, String yaml);

    /** A pack that must not be used. */
    class InvalidPack extends RuntimeException {
        private final transient List<String> problems;

        public InvalidPack(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
