package dev.vigil.server.application.connector;

import dev.vigil.plugin.stay.StayContext;
import dev.vigil.plugin.subject.SubjectKind;
import dev.vigil.plugin.subject.SubjectTokenizer;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.SubjectType;
import java.util.Set;
import java.util.TreeSet;

/**
 * The subject keys a stay context links to the observations of its stay: the reservation (a token of
 * the PMS's id), the reservation group, the guest and companions, the booker and the payer. The
 * connector already tokenised the people and the group; the reservation is tokenised here.
 */
public final class StayKeys {

    private StayKeys() {
    }

    public static Set<SubjectKey> of(StayContext stay, SubjectTokenizer tokenizer) {
        Set<SubjectKey> keys = new TreeSet<>();
        String system = stay.system() == null ? "pms" : stay.system();
        keys.add(new SubjectKey(SubjectType.RESERVATION,
                tokenizer.tokenize(SubjectKind.RESERVATION, system + ":" + stay.reservationRef())));
        add(keys, SubjectType.RES_GROUP, stay.groupToken());
        add(keys, SubjectType.GUEST, stay.guestToken());
        stay.companionTokens().forEach(t -> add(keys, SubjectType.GUEST, t));
        add(keys, SubjectType.PAYER, stay.bookerToken());
        add(keys, SubjectType.PAYER, stay.payerToken());
        return keys;
    }

    private static void add(Set<SubjectKey> keys, SubjectType type, String token) {
        if (token != null && !token.isBlank() && token.length() <= 120) {
            keys.add(new SubjectKey(type, token));
        }
    }
}
