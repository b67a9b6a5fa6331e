package dev.vigil.server.infrastructure.packs;

import java.util.List;

/** A pack that must not be used, with every problem found, each naming the file and the item. */
public class PackValidationException extends RuntimeException {

    private final transient List<String> problems;

    public PackValidationException(String source, List<String> problems) {
        super("Invalid pack " + source + ":\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
