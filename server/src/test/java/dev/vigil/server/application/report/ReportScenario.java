package dev.vigil.server.application.report;

import dev.vigil.plugin.subject.SubjectKind;
import dev.vigil.server.domain.model.casefile.CaseAction;
import dev.vigil.server.domain.model.casefile.CaseFile;
import dev.vigil.server.domain.model.casefile.Severity;
import dev.vigil.server.domain.model.indicator.IndicatorCode;
import dev.vigil.server.domain.model.indicator.StaffRole;
import dev.vigil.server.domain.model.observation.Observation;
import dev.vigil.server.domain.model.observation.ObservationId;
import dev.vigil.server.domain.model.observation.ObservedLocation;
import dev.vigil.server.domain.model.observation.Reporter;
import dev.vigil.server.domain.model.observation.SubjectToken;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.SubjectType;
import dev.vigil.server.domain.model.pattern.Tier;
import dev.vigil.server.domain.model.protocol.ProtocolPack;
import dev.vigil.server.domain.model.stay.StayId;
import dev.vigil.server.domain.model.tenant.Property;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import dev.vigil.server.domain.service.pattern.RuleMatch;
import dev.vigil.server.testing.TestPacks;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A REPORT case in room 714 of the demo hotel, built the way filings build one: a front-desk
 * observation, three visits logged by security with visitor badges, a reservation reference on
 * every filing, and the protocol's REPORT steps, the hotline step acknowledged. The raw values
 * here must never appear in a packet.
 */
final class ReportScenario {

    static final Instant T = Instant.parse("2026-11-20T15:00:00Z");
    static final TenantId TENANT = new TenantId("demo-chain");
    static final Property HOTEL = new Property(new PropertyId("demo-hotel"), TENANT, "Demo Hotel Hartford",
            ZoneId.of("America/New_York"));
    static final String RESERVATION = "RES-99812";
    static final String FRONT_DESK_CLERK = "maria.hernandez";
    static final String GUARD = "guard.oneil";
    static final String EXPLANATION = "R5 matched: reported by guard.oneil (SEC) and maria.hernandez (FD); visitor:tok-1";

    final List<Observation> observations = new ArrayList<>();
    final CaseFile caseFile;
    final ProtocolPack pack = TestPacks.connecticut().forProperty(HOTEL.id());

    ReportScenario() {
        StayId stay = StayId.random();
        observations.add(observation(T, FRONT_DESK_CLERK, StaffRole.FD, "714", null, Set.of(), "CTRL_SPEAKS_FOR"));
        for (int v = 1; v <= 3; v++) {
            observations.add(observation(T.plus(Duration.ofMinutes(30L * v)), GUARD, StaffRole.SEC, "714", null,
                    Set.of(new SubjectToken(SubjectKind.VISITOR, "visitor:tok-" + v)), "VIS_SHORT_VISIT"));
        }
        observations.add(observation(T.plus(Duration.ofHours(3)), GUARD, StaffRole.SEC, null, "lobby", Set.of(), "CTRL_LOOKOUT"));
        RuleMatch match = new RuleMatch("R5", "High visitor traffic", Tier.T3, new SubjectKey(SubjectType.ROOM_STAY, stay.value()),
                T, T.plus(Duration.ofHours(3)), observations.stream().map(o -> o.id().value()).toList(), 9, Set.of(),
                Set.of(new SubjectKey(SubjectType.VISITOR, "visitor:tok-1")), Set.of("VIS_SHORT_VISIT"), EXPLANATION);
        caseFile = CaseFile.open(TENANT, HOTEL.id(), List.of(match), Set.of(), T.plus(Duration.ofHours(3)));
        caseFile.requireActions(Severity.REPORT, pack, T.plus(Duration.ofHours(3)));
        CaseAction hotline = caseFile.actions().stream().filter(a -> a.actionId().equals("contact_hotline")).findFirst().orElseThrow();
        caseFile.acknowledge(hotline.id(), "manager", "Hotline called, reference 88213; guest name on file",
                T.plus(Duration.ofHours(4)));
    }

    private Observation observation(Instant at, String reporter, StaffRole role, String room, String area,
                                    Set<SubjectToken> subjects, String code) {
        return new Observation(ObservationId.random(), TENANT, HOTEL.id(), at.atOffset(ZoneOffset.ofHours(-5)), at,
                new Reporter(reporter, role, reporter), new ObservedLocation(room, area), RESERVATION, null,
                List.of(new IndicatorCode(code)), subjects, "ciphertext-of-a-note");
    }

    /** Everything a packet must not contain. */
    static List<String> forbidden() {
        return List.of(RESERVATION, FRONT_DESK_CLERK, GUARD, "tok-1", "tok-2", "visitor:", "ciphertext", "88213",
                "guest name on file", "R5 matched");
    }
}
