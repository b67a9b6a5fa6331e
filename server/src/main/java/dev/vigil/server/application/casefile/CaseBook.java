package dev.vigil.server.application.casefile;

import dev.vigil.server.application.notification.CaseAlerts;
import dev.vigil.server.domain.model.casefile.CaseAction;

import dev.vigil.server.domain.model.casefile.CaseFile;
import dev.vigil.server.domain.model.casefile.CaseRepository;
import dev.vigil.server.domain.model.casefile.Severity;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.Tier;
import dev.vigil.server.domain.model.protocol.CaseCircumstances;
import dev.vigil.server.domain.model.protocol.ProtocolPack;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import dev.vigil.server.domain.service.pattern.RuleMatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps cases in step with matches: one case per group of linked subjects. Matches that touch no
 * active case open one (following the last dismissed or closed case of those subjects, if any);
 * matches that touch several merge them into the oldest, steps and all. Its alerts (the case opened,
 * its severity rose, the steps it now requires) are written to the outbox in the same transaction.
 */
@ApplicationScoped
public class CaseBook {

    private CaseRepository cases;
    private CaseAlerts alerts;

    protected CaseBook() {
        // for CDI
    }

    /** A case book that tells nobody: for tools that replay history. */
    public CaseBook(CaseRepository cases) {
        this(cases, null);
    }

    @Inject
    public CaseBook(CaseRepository cases, CaseAlerts alerts) {
        this.cases = cases;
        this.alerts = alerts;
    }

    /** Applies one evaluation's matches, joining cases active within the default link retention of 90 days. */
    public Optional<CaseFile> apply(TenantId tenant, PropertyId property, List<RuleMatch> matches, Instant at) {
        return apply(tenant, property, matches, at, java.time.Duration.ofDays(90), null, null);
    }

    /**
     * Applies one evaluation's matches; returns the case they now belong to, if any reached T1.
     * With a protocol, the case gets that protocol's actions for each severity it reaches, in this
     * same transaction.
     */
    public Optional<CaseFile> apply(TenantId tenant, PropertyId property, List<RuleMatch> matches, Instant at,
                                    java.time.Duration linkRetention, ProtocolPack protocol, CaseCircumstances seen) {
        List<RuleMatch> relevant = matches.stream().filter(m -> m.tier().atLeast(Tier.T1)).toList();
        if (relevant.isEmpty()) {
            return Optional.empty();
        }
        Set<SubjectKey> related = new TreeSet<>();
        relevant.forEach(m -> related.addAll(m.relatedKeys()));
        List<CaseFile> touched = cases.findActiveWithAny(tenant, property, related, at.minus(linkRetention));
        CaseFile target;
        Severity before = null;
        if (touched.isEmpty()) {
            target = CaseFile.open(tenant, property, relevant, related, at);
            // a dismissed or closed case keeps its decision and its time: new evidence opens a case that follows it
            cases.findLatestEndedWithAny(tenant, property, related, at.minus(linkRetention))
                    .ifPresent(earlier -> target.follow(earlier, at));
            cases.store(target);
        } else {
            target = touched.get(0);
            before = target.severity();
            for (CaseFile other : touched.subList(1, touched.size())) {
                target.merge(other, at);
            }
            target.absorb(relevant, related, at);
        }
        if (seen != null) {
            target.note(seen);
        }
        if (protocol != null) {
            List<CaseAction> created = target.requireActions(target.severity(), protocol, at);
            if (alerts != null) {
                if (before == null) {
                    alerts.caseOpened(target, at);
                } else {
                    alerts.severityRaised(target, before, at);
                }
                alerts.actionsRequired(target, created, at);
            }
        }
        return Optional.of(target);
    }
}
