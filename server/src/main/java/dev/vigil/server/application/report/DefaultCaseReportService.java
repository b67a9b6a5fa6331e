package dev.vigil.server.application.report;

import dev.vigil.server.application.indicator.IndicatorPackSource;
import dev.vigil.server.application.indicator.LanguageChoice;
import dev.vigil.server.application.protocol.ProtocolSource;
import dev.vigil.server.application.shared.AppRole;
import dev.vigil.server.application.shared.Caller;
import dev.vigil.server.application.shared.ForbiddenException;
import dev.vigil.server.application.shared.LanguageSettings;
import dev.vigil.server.application.shared.MessagesSource;
import dev.vigil.server.application.shared.NotFoundException;
import dev.vigil.server.application.shared.ReportingNumbersSource;
import dev.vigil.server.domain.model.audit.AuditEntry;
import dev.vigil.server.domain.model.audit.AuditLog;
import dev.vigil.server.domain.model.casefile.CaseFile;
import dev.vigil.server.domain.model.casefile.CaseId;
import dev.vigil.server.domain.model.casefile.CaseRepository;
import dev.vigil.server.domain.model.indicator.IndicatorPack;
import dev.vigil.server.domain.model.indicator.LocalizedText;
import dev.vigil.server.domain.model.observation.Observation;
import dev.vigil.server.domain.model.observation.ObservationId;
import dev.vigil.server.domain.model.observation.ObservationRepository;
import dev.vigil.server.domain.model.tenant.Property;
import dev.vigil.server.domain.model.tenant.PropertyDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Exports report packets of cases in the caller's scope. Like reading a case, an export puts an
 * open case in review; the audit entry names the case and the format, never the content. Cases
 * outside the caller's scope do not exist for them (404).
 */
@ApplicationScoped
public class DefaultCaseReportService implements CaseReportService {

    @Inject CaseRepository cases;
    @Inject ObservationRepository observations;
    @Inject PropertyDirectory properties;
    @Inject IndicatorPackSource packs;
    @Inject ProtocolSource protocols;
    @Inject ReportingNumbersSource numbers;
    @Inject dev.vigil.server.application.protocol.PropertyChannels ownChannels;
    @Inject CaseReportPdf pdf;
    @Inject AuditLog audit;
    @Inject Clock clock;
    @Inject MessagesSource messages;
    @Inject LanguageSettings languages;

    @Override
    @Transactional
    public CaseReport report(Caller caller, String caseId, List<String> languages) {
        CaseFile c = visible(caller, caseId);
        CaseReport report = build(caller, c, language(c, languages), List.of());
        audited(caller, c, "CASE_REPORT_JSON_EXPORTED");
        return report;
    }

    @Override
    @Transactional
    public RenderedReport pdf(Caller caller, String caseId, List<String> languages) {
        CaseFile c = visible(caller, caseId);
        String lang = language(c, languages);
        CaseReport report = build(caller, c, lang, List.of());
        boolean settable = report.observations().stream().flatMap(o -> o.indicators().stream())
                .allMatch(i -> i.text() == null || pdf.canSet(i.text()));
        if (!settable) {
            report = build(caller, c, LocalizedText.FALLBACK, List.of(messages.messages().in(LocalizedText.FALLBACK)
                    .say("report.statement.fontFallback", "lang", lang)));
        }
        byte[] document = pdf.render(report);
        audited(caller, c, "CASE_REPORT_PDF_EXPORTED");
        return new RenderedReport(document, report.packet().language());
    }

    private CaseReport build(Caller caller, CaseFile c, String lang, List<String> statements) {
        IndicatorPack pack = packs.activePack();
        Property property = properties.find(c.property()).orElse(new Property(c.property(), c.tenant(), null, null));
        List<Observation> contributing = new ArrayList<>();
        for (String id : c.observationIds()) {
            ObservationId.parse(id).flatMap(oid -> observations.find(c.tenant(), oid)).ifPresent(contributing::add);
        }
        var protocol = protocols.forProperty(c.property());
        return new CaseReportBuilder(protocol, pack, numbers.numbersFor(c.property().value()), messages.messages(),
                ownChannels == null ? java.util.Map.of() : ownChannels.ownChannels(c.property(), protocol))
                .build(c, contributing, property, lang, statements, clock.instant(), caller.name());
    }

    /**
     * The packet's language: the caller's preference among the languages the packet can be written
     * in (RFC 4647 lookup), else the property's language.
     */
    private String language(CaseFile c, List<String> preferences) {
        var spoken = messages.messages().locales().stream().filter(packs.activePack()::speaks).toList();
        LanguageChoice asked = LanguageChoice.of(spoken, preferences);
        if (preferences != null && !preferences.isEmpty() && !asked.fellBack()) {
            return asked.lang();
        }
        String own = languages.propertyLanguage(c.property());
        return spoken.contains(own) ? own : asked.lang();
    }

    private CaseFile visible(Caller caller, String caseId) {
        if (!caller.hasAny(AppRole.SECURITY, AppRole.MANAGER)) {
            throw new ForbiddenException("only security and managers export case reports");
        }
        CaseFile c = CaseId.parse(caseId).flatMap(id -> cases.find(caller.tenant(), id))
                .filter(found -> caller.covers(found.tenant(), found.property()))
                .orElseThrow(() -> new NotFoundException("case"));
        return c;
    }

    private void audited(Caller caller, CaseFile c, String action) {
        audit.append(new AuditEntry(clock.instant(), c.tenant().value(), c.property().value(), caller.name(), action,
                "case", c.id().value()));
    }
}
