package dev.vigil.server.application.indicator;

import dev.vigil.server.application.shared.InvalidRequestException;
import dev.vigil.server.domain.model.indicator.IndicatorPack;
import dev.vigil.server.domain.model.indicator.LocalizedText;
import dev.vigil.server.domain.model.indicator.StaffRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/** Serves the active pack; an unknown language falls back to English and says so. */
@ApplicationScoped
public class DefaultChecklistService implements ChecklistService {

    private IndicatorPackSource packs;

    protected DefaultChecklistService() {
        // for CDI
    }

    @Inject
    public DefaultChecklistService(IndicatorPackSource packs) {
        this.packs = packs;
    }

    @Override
    public Checklist checklist(ChecklistQuery query) {
        IndicatorPack pack = packs.activePack();
        String wanted = normaliseLang(query.lang());
        boolean known = wanted != null && pack.speaks(wanted);
        String lang = known ? wanted : LocalizedText.FALLBACK;
        if (query.role() == null || query.role().isBlank()) {
            return new Checklist(pack.version(), lang, wanted != null && !known, pack.indicators());
        }
        StaffRole role = StaffRole.parse(query.role()).orElseThrow(() -> new InvalidRequestException("role",
                "unknown role '" + query.role() + "'; one of FD, HK, FB, MNT, VAL, SEC, HR"));
        return new Checklist(pack.version(), lang, wanted != null && !known, pack.observableBy(role));
    }

    /** "es-MX" and "ES" both mean Spanish; the pack's locales are bare language codes. */
    public static String normaliseLang(String lang) {
        if (lang == null || lang.isBlank()) {
            return null;
        }
        String tag = lang.trim().replace('_', '-');
        int dash = tag.indexOf('-');
        return (dash > 0 ? tag.substring(0, dash) : tag).toLowerCase(Locale.ROOT);
    }
}
