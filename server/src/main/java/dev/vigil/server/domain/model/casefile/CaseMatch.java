package dev.vigil.server.domain.model.casefile;

import dev.vigil.server.domain.model.time.UtcTime;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.SubjectType;
import dev.vigil.server.domain.model.pattern.Tier;
import dev.vigil.server.domain.service.pattern.RuleMatch;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A rule that matched for one of the case's subjects, with its explanation (in English, and in each
 * language of the messages pack). One per rule and subject: a later, stronger or wider match of the
 * same rule replaces the text, never lowers the tier.
 */
@Entity
@Table(name = "case_match")
public class CaseMatch {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private CaseFile caseFile;

    @Column(name = "rule_id", nullable = false, length = 31)
    private String ruleId;

    @Column(name = "rule_title", nullable = false, length = 200)
    private String ruleTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "tier", nullable = false, length = 2)
    private Tier tier;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, length = 16)
    private SubjectType subjectType;

    @Column(name = "subject_value", nullable = false, length = 120)
    private String subjectValue;

    @Column(name = "window_start", nullable = false)
    private LocalDateTime windowStart;

    @Column(name = "window_end", nullable = false)
    private LocalDateTime windowEnd;

    @Column(name = "observation_ids", nullable = false, length = 8000)
    private String observationIds;

    @Column(name = "score", nullable = false)
    private int score;

    @Column(name = "explanation", nullable = false, length = 16000)
    private String explanation;

    @Column(name = "matched_at", nullable = false)
    private LocalDateTime matchedAt;

    @ElementCollection
    @CollectionTable(name = "case_match_text", joinColumns = @JoinColumn(name = "match_id"))
    @MapKeyColumn(name = "lang", length = 35)
    private Map<String, MatchText> texts = new HashMap<>();

    protected CaseMatch() {
        // for JPA
    }

    CaseMatch(CaseFile caseFile, RuleMatch match, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.caseFile = caseFile;
        this.ruleId = match.ruleId();
        this.subjectType = match.subject().type();
        this.subjectValue = match.subject().value();
        this.tier = Tier.T0;
        update(match, at);
    }

    /** The same match, belonging to the case that took this one's case in. */
    CaseMatch copyInto(CaseFile target) {
        CaseMatch copy = new CaseMatch();
        copy.id = UUID.randomUUID().toString();
        copy.caseFile = target;
        copy.ruleId = ruleId;
        copy.ruleTitle = ruleTitle;
        copy.tier = tier;
        copy.subjectType = subjectType;
        copy.subjectValue = subjectValue;
        copy.windowStart = windowStart;
        copy.windowEnd = windowEnd;
        copy.observationIds = observationIds;
        copy.score = score;
        copy.explanation = explanation;
        copy.matchedAt = matchedAt;
        copy.texts = new HashMap<>(texts);
        return copy;
    }

    boolean sameRuleAndSubject(RuleMatch match) {
        return ruleId.equals(match.ruleId()) && subjectType == match.subject().type()
                && subjectValue.equals(match.subject().value());
    }

    /** Takes a newer match of the same rule and subject if it is at least as strong and not already known. */
    boolean update(RuleMatch match, Instant at) {
        boolean stronger = match.tier().compareTo(tier) > 0;
        boolean wider = match.tier() == tier && match.observationIds().size() > observationIds().size();
        if (!stronger && !wider) {
            return false;
        }
        this.ruleTitle = match.title();
        this.tier = match.tier();
        this.windowStart = UtcTime.of(match.windowStart());
        this.windowEnd = UtcTime.of(match.windowEnd());
        this.observationIds = String.join(",", match.observationIds());
        this.score = match.score();
        this.explanation = match.explanation().length() > 16000 ? match.explanation().substring(0, 15999) + "…" : match.explanation();
        this.texts.clear();
        match.explanations().forEach((lang, text) ->
                texts.put(lang, new MatchText(match.titles().getOrDefault(lang, match.title()), text)));
        this.matchedAt = UtcTime.of(at);
        return stronger;
    }


    public String ruleId() {
        return ruleId;
    }

    public String ruleTitle() {
        return ruleTitle;
    }

    public Tier tier() {
        return tier;
    }

    public SubjectKey subject() {
        return new SubjectKey(subjectType, subjectValue);
    }

    public Instant windowStart() {
        return UtcTime.instant(windowStart);
    }

    public Instant windowEnd() {
        return UtcTime.instant(windowEnd);
    }

    public List<String> observationIds() {
        return observationIds == null || observationIds.isEmpty() ? List.of() : Arrays.asList(observationIds.split(","));
    }

    public int score() {
        return score;
    }

    public String explanation() {
        return explanation;
    }

    /** The explanation in a language, else in English. */
    public String explanation(String lang) {
        MatchText text = lang == null ? null : texts.get(lang);
        return text == null ? explanation : text.explanation();
    }

    /** The rule's title in a language, else as the rule pack names it. */
    public String ruleTitle(String lang) {
        MatchText text = lang == null ? null : texts.get(lang);
        return text == null ? ruleTitle : text.title();
    }

    public Instant matchedAt() {
        return UtcTime.instant(matchedAt);
    }
}
