package dev.vigil.samples.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.vigil.client.ApiClient;
import dev.vigil.client.ApiException;
import dev.vigil.client.ApiResponse;
import dev.vigil.client.api.CasesApi;
import dev.vigil.client.api.ChecklistApi;
import dev.vigil.client.api.ObservationsApi;
import dev.vigil.client.model.CasePage;
import dev.vigil.client.model.FieldError;
import dev.vigil.client.model.FilingLocation;
import dev.vigil.client.model.FilingReporter;
import dev.vigil.client.model.FilingRequest;
import dev.vigil.client.model.FilingResponse;
import dev.vigil.client.model.FilingSubjects;
import dev.vigil.client.model.GuidanceItem;
import dev.vigil.client.model.IndicatorItem;
import dev.vigil.client.model.IndicatorList;
import dev.vigil.client.model.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chain's integration as its engineers would write it: a client generated from docs/openapi.yaml at
 * build time, and nothing else, against a started Vigil in demo mode. If the generator cannot make a
 * client that does this, the contract is what must change.
 */
class GeneratedClientIT {

    @TempDir
    static Path work;
    static VigilServer vigil;

    @BeforeAll
    static void start() throws Exception {
        vigil = VigilServer.start(work);
    }

    @AfterAll
    static void stop() {
        if (vigil != null) {
            vigil.close();
        }
    }

    /** The generated client with the demo user's HTTP Basic credentials on every request. */
    private static ApiClient signedInAs(String user) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(vigil.baseUrl());
        String credentials = Base64.getEncoder().encodeToString((user + ":" + user + "-demo").getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + credentials));
        return client;
    }

    private static FilingRequest filing(String room, List<String> indicators) {
        return new FilingRequest()
                .propertyId("demo-hotel")
                .observedAt(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5).truncatedTo(ChronoUnit.SECONDS))
                .reporter(new FilingReporter().id("frontdesk").role(FilingReporter.RoleEnum.HK))
                .location(new FilingLocation().room(room))
                .indicators(indicators)
                .subjects(new FilingSubjects().vehicle("QX 4821"))
                .note("Towels taken at the door on the third day; the same car dropped off two visitors.");
    }

    @Test
    void checklist_inSpanishForHousekeeping() throws Exception {
        ApiResponse<IndicatorList> answer = new ChecklistApi(signedInAs("frontdesk")).readChecklistWithHttpInfo("es", "HK", null);
        assertThat(answer.getStatusCode()).isEqualTo(200);
        assertThat(answer.getHeaders().get("content-language")).containsExactly("es");
        IndicatorList checklist = answer.getData();
        assertThat(checklist.getLang()).isEqualTo("es");
        assertThat(checklist.getIndicators()).isNotEmpty()
                .allSatisfy(i -> assertThat(i.getRoles()).contains("HK"));
        IndicatorItem rarelyLeaves = checklist.getIndicators().stream()
                .filter(i -> i.getCode().equals("BEH_RARELY_LEAVES")).findFirst().orElseThrow();
        assertThat(rarelyLeaves.getText()).startsWith("No se ha visto salir");
        assertThat(checklist.getGuidance()).extracting(GuidanceItem::getText)
                .anySatisfy(t -> assertThat(t).contains("911"));
    }

    @Test
    void filing_withAnIdempotencyKey_isStoredOnce_andItsReplayAnswersTheSame() throws Exception {
        ObservationsApi observations = new ObservationsApi(signedInAs("frontdesk"));
        FilingRequest request = filing("214", List.of("ROOM_SUPPLIES_NO_ENTRY", "PHYS_VIOLENCE_OBSERVED"));
        String key = UUID.randomUUID().toString();

        ApiResponse<FilingResponse> first = observations.fileObservationWithHttpInfo(request, key, "es", null);
        assertThat(first.getStatusCode()).isEqualTo(201);
        assertThat(first.getHeaders().get("location").get(0)).endsWith("/api/v1/observations/" + first.getData().getId());
        assertThat(first.getData().getImmediateActions()).isNotEmpty();
        assertThat(first.getData().getGuidance()).extracting(GuidanceItem::getText)
                .anySatisfy(t -> assertThat(t).contains("911"));

        ApiResponse<FilingResponse> replay = observations.fileObservationWithHttpInfo(request, key, "es", null);
        assertThat(replay.getStatusCode()).isEqualTo(200);
        assertThat(replay.getData().getId()).isEqualTo(first.getData().getId());
        assertThat(replay.getData().getReceivedAt()).isEqualTo(first.getData().getReceivedAt());

        ApiException conflict = catchThrowableOfType(ApiException.class,
                () -> observations.fileObservation(filing("215", List.of("ROOM_SUPPLIES_NO_ENTRY")), key, null, null));
        assertThat(conflict.getCode()).isEqualTo(409);
    }

    @Test
    void aBadFiling_isA400Problem_namingEachField() throws Exception {
        ApiClient client = signedInAs("frontdesk");
        FilingRequest bad = filing("214", List.of("NOT_A_CODE"))
                .observedAt(OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).truncatedTo(ChronoUnit.SECONDS));
        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> new ObservationsApi(client).fileObservation(bad, UUID.randomUUID().toString(), null, null));
        assertThat(refused.getCode()).isEqualTo(400);
        assertThat(refused.getResponseHeaders().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        Problem problem = client.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getTitle()).isEqualTo("Invalid request");
        assertThat(problem.getErrors()).extracting(FieldError::getField).containsExactlyInAnyOrder("observedAt", "indicators[0]");
    }

    @Test
    void security_listsTheCaseQueue_andStaffMayNot() throws Exception {
        new ObservationsApi(signedInAs("frontdesk")).fileObservation(filing("318", List.of("PHYS_VIOLENCE_OBSERVED")),
                UUID.randomUUID().toString(), null, null);
        CasePage queue = new CasesApi(signedInAs("security")).listCases(null, null, null, null, null, null);
        assertThat(queue.getCases()).isNotEmpty().allSatisfy(c -> assertThat(c.getPropertyId()).isEqualTo("demo-hotel"));
        assertThat(queue.getCases().get(0).getSeverity()).isEqualTo("URGENT");

        ApiException forbidden = catchThrowableOfType(ApiException.class,
                () -> new CasesApi(signedInAs("frontdesk")).listCases(null, null, null, null, null, null));
        assertThat(forbidden.getCode()).isEqualTo(403);
    }
}
