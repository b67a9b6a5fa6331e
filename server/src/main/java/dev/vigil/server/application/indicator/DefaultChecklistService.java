package dev.vigil.server.application.indicator;

import dev.vigil.server.application.shared.InvalidRequestException;
import dev.vigil.server.application.shared.ReportingNumbersSource;
import dev.vigil.server.domain.model.indicator.Indicator;
import dev.vigil.server.domain.model.indicator.IndicatorPack;
import dev.vigil.server.domain.model.indicator.StaffRole;
import dev.vigil.server.domain.service.ReporterAdvice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Serves the active pack; an unknown language falls back to English and says so. */
@ApplicationScoped
public class DefaultChecklistService implements ChecklistService {

    private IndicatorPackSource packs;
    private ReportingNumbersSource numbers;

    protected DefaultChecklistService() {
        // for CDI
    }

    @Inject
    public DefaultChecklistService(IndicatorPackSource packs, ReportingNumbersSource numbers) {
        this.packs = packs;
        this.numbers = numbers;
    }

    @Override
    public Checklist checklist(ChecklistQuery query) {
        IndicatorPack pack = packs.activePack();
        LanguageChoice language = LanguageChoice.of(pack, query.languages());
        List<Indicator> indicators = pack.indicators();
        if (query.role() != null && !query.role().isBlank()) {
            StaffRole role = StaffRole.parse(query.role()).orElseThrow(() -> new InvalidRequestException("role",
                    "unknown role '" + query.role() + "'; one of FD, HK, FB, MNT, VAL, SEC, HR"));
            indicators = pack.observableBy(role);
        }
        ReporterAdvice advice = new ReporterAdvice(pack, numbers.numbersFor(query.propertyId()),
                numbers.guidanceFor(query.propertyId()));
        return new Checklist(pack.version(), language.lang(), language.fellBack(), pack.categories(),
                advice.guidance(language.lang()), indicators);
    }
}
