package dev.vigil.server.domain.model.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** Value object: a matched rule's title and explanation in one language. */
@Embeddable
public class MatchText {

    static final int MAX_EXPLANATION = 32000;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "explanation", nullable = false, length = MAX_EXPLANATION)
    private String explanation;

    protected MatchText() {
        // for JPA
    }

    MatchText(String title, String explanation) {
        this.title = Objects.requireNonNull(title, "title");
        this.explanation = explanation.length() > MAX_EXPLANATION ? explanation.substring(0, MAX_EXPLANATION - 1) + "…"
                : explanation;
    }

    public String title() {
        return title;
    }

    public String explanation() {
        return explanation;
    }
}
