package dev.vigil.server.infrastructure.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.domain.model.protocol.ActionKind;
import dev.vigil.server.domain.model.protocol.CaseCircumstances;
import dev.vigil.server.domain.model.protocol.ProtocolAction;
import dev.vigil.server.domain.model.protocol.ProtocolPack;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProtocolPackLoaderTest {

    private final ProtocolPackLoader loader = new ProtocolPackLoader();

    private JsonNode connecticutDocument() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("packs/protocols/us-ct.yaml")) {
            return loader.read("us-ct.yaml", in);
        }
    }

    private ProtocolPack overlay(String file) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("..", "samples", "protocols", file))) {
            JsonNode overlay = loader.read(file, in);
            return loader.build(file, ProtocolPackLoader.merge(connecticutDocument(), overlay)).pack();
        }
    }

    @Test
    void connecticut_urgentCallsFor911_securityAndTheManager_andTheCarelineWhenAMinorIsInvolved() throws IOException {
        ProtocolPack ct = loader.build("us-ct.yaml", connecticutDocument()).pack();
        List<ProtocolAction> urgent = ct.actionsFor("URGENT");
        assertThat(urgent).extracting(ProtocolAction::kind).contains(ActionKind.CALL_911, ActionKind.NOTIFY_SECURITY,
                ActionKind.NOTIFY_MANAGER, ActionKind.CONTACT_CHILD_PROTECTION);
        ProtocolAction careline = urgent.stream().filter(a -> a.kind() == ActionKind.CONTACT_CHILD_PROTECTION
                && a.channel().equals("dcf_careline") && a.when().size() == 1).findFirst().orElseThrow();
        assertThat(careline.appliesTo(new CaseCircumstances(true, false, false))).isTrue();
        assertThat(careline.appliesTo(new CaseCircumstances(false, false, false))).isFalse();
        assertThat(ct.number("dcf_careline")).contains("1-800-842-2288");
        assertThat(ct.number("nhth_voice")).contains("1-888-373-7888");
        assertThat(ct.number("nhth_text")).contains("233733");
        assertThat(ct.guestRecordFloorDays()).isEqualTo(183);
        assertThat(ct.observationWindow()).isEqualTo(Duration.ofDays(90));
    }

    @Test
    void connecticut_reportCallsForAManagerDecisionAndTheHotline_withDeadlines_andReviewForASecurityReview() throws IOException {
        ProtocolPack ct = loader.build("us-ct.yaml", connecticutDocument()).pack();
        assertThat(ct.actionsFor("REPORT")).filteredOn(a -> a.kind() == ActionKind.NOTIFY_MANAGER)
                .allSatisfy(a -> assertThat(a.deadline()).isPositive());
        assertThat(ct.actionsFor("REPORT")).filteredOn(a -> a.kind() == ActionKind.CONTACT_HOTLINE)
                .singleElement().satisfies(a -> assertThat(a.deadline()).isEqualTo(Duration.ofHours(24)));
        assertThat(ct.actionsFor("REVIEW")).extracting(ProtocolAction::kind).containsExactly(ActionKind.SECURITY_REVIEW);
        assertThat(ct.actionsFor("REVIEW").get(0).onOverdue().escalateTo()).isEqualTo("manager");
        assertThat(ct.actionsFor("WATCH")).isEmpty();
    }

    @Test
    void theCaliforniaOverlay_addsIts24HourSupervisorRule_andConnecticutHasNone() throws IOException {
        ProtocolPack ct = loader.build("us-ct.yaml", connecticutDocument()).pack();
        ProtocolPack ca = overlay("us-ca.yaml");
        assertThat(ca.id()).isNotEqualTo(ct.id());
        assertThat(ca.actionsFor("REPORT")).anySatisfy(a -> {
            assertThat(a.deadline()).isEqualTo(Duration.ofHours(24));
            assertThat(a.provenance().sources().toString()).contains("52.65");
        });
        assertThat(ct.actionsFor("REPORT")).noneSatisfy(a ->
                assertThat(a.provenance().sources().toString()).contains("52.65"));
        assertThat(ca.actionsFor("URGENT")).extracting(ProtocolAction::kind).contains(ActionKind.CALL_911);
    }

    @Test
    void theFloridaOverlay_loads_withItsOwnHotline() throws IOException {
        ProtocolPack fl = overlay("us-fl.yaml");
        assertThat(fl.channel("fl_hotline")).isPresent();
        assertThat(fl.channel("fl_hotline").orElseThrow().provenance().status()).isEqualTo("inferred");
    }

    @Test
    void anActionOnAnUnknownChannel_orABadDeadline_refusesThePack() throws IOException {
        String ct;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("packs/protocols/us-ct.yaml")) {
            ct = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String unknownChannel = ct.replaceFirst("channel: duty_manager", "channel: night_porter");
        JsonNode doc = loader.read("bad.yaml", new ByteArrayInputStream(unknownChannel.getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> loader.build("bad.yaml", doc)).isInstanceOf(PackValidationException.class)
                .hasMessageContaining("bad.yaml").hasMessageContaining("unknown channel night_porter");
        String badDeadline = ct.replaceFirst("deadline: PT8H", "deadline: eight hours");
        assertThatThrownBy(() -> loader.read("bad.yaml", new ByteArrayInputStream(badDeadline.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(PackValidationException.class).hasMessageContaining("action security_review");
    }
}
