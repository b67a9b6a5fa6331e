package dev.vigil.server.domain.model.pattern;

/**
 * What security has said about a subject key. An exclusion stops the key from linking and from
 * being evaluated; the others are exemptions that rules may name in {@code suppressedBy}.
 */
public enum Marker {
    /** Not correlated at all: e.g. a corporate card, the hotel's own shuttle. */
    EXCLUDED,
    /** An approved hospitality or event suite: visitor traffic is expected. */
    HOSPITALITY_SUITE,
    /** A registered group or event block: one payer for many rooms is expected. */
    GROUP_BLOCK
}
