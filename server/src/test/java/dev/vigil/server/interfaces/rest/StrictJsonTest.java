package dev.vigil.server.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.server.application.compliance.RecordNoticeCheckCommand;
import dev.vigil.server.application.shared.FieldError;
import dev.vigil.server.application.shared.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Request bodies read strictly: types as they are, known fields only, the field named, never a class. */
class StrictJsonTest {

    private static <T> T read(String json, Class<T> type) {
        return StrictJson.read(json.getBytes(StandardCharsets.UTF_8), StrictJson.MAPPER.getTypeFactory().constructType(type));
    }

    private static FieldError refusal(String json, Class<?> type) {
        InvalidRequestException e = org.assertj.core.api.Assertions.catchThrowableOfType(() -> read(json, type), InvalidRequestException.class);
        assertThat(e).as(json).isNotNull();
        return e.errors().get(0);
    }

    @Test
    void aStringIsNotABoolean_andANumberIsNotAText() {
        assertThat(refusal("{\"posted\":\"yes\"}", RecordNoticeCheckCommand.class)).isEqualTo(new FieldError("posted", "must be true or false"));
        assertThat(refusal("{\"posted\":1}", RecordNoticeCheckCommand.class)).isEqualTo(new FieldError("posted", "must be true or false"));
        assertThat(refusal("{\"location\":5}", RecordNoticeCheckCommand.class)).isEqualTo(new FieldError("location", "must be a string"));
        assertThat(refusal("{\"subject\":{\"type\":5}}", MarkingResource.MarkRequest.class)).isEqualTo(new FieldError("subject.type", "must be a string"));
        assertThat(read("{\"posted\":true,\"location\":\"lobby\"}", RecordNoticeCheckCommand.class).posted()).isTrue();
    }

    @Test
    void unknownFields_duplicates_trailingData_andDepth_areRefused() {
        assertThat(refusal("{\"nope\":1}", RecordNoticeCheckCommand.class)).isEqualTo(new FieldError("nope", "unknown field"));
        assertThat(refusal("{\"location\":\"a\",\"location\":\"b\"}", RecordNoticeCheckCommand.class).message()).startsWith("a field appears twice");
        assertThat(refusal("{\"location\":\"a\"} {}", RecordNoticeCheckCommand.class).field()).isEqualTo("body");
        assertThat(refusal("[".repeat(5000), com.fasterxml.jackson.databind.JsonNode.class).message()).contains("nested");
        assertThat(refusal("{\"location\":", RecordNoticeCheckCommand.class).message()).startsWith("malformed JSON");
    }

    @Test
    void noMessageNamesAClassOrALibrary() {
        for (String body : new String[] {"{\"subject\":[]}", "{\"subject\":\"x\"}", "{\"reason\":{}}", "[]", "7", "\"text\"", "{\"marker\":[1]}"}) {
            InvalidRequestException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                    () -> read(body, MarkingResource.MarkRequest.class), InvalidRequestException.class);
            assertThat(e.errors().toString()).as(body).doesNotContainIgnoringCase("java").doesNotContain("$").doesNotContain("dev.vigil")
                    .doesNotContainIgnoringCase("jackson").doesNotContain("MarkRequest");
        }
    }

    @Test
    void anEmptyBody_isNothingSent() {
        assertThat(read("  \n", RecordNoticeCheckCommand.class)).isNull();
        assertThatThrownBy(() -> read("null x", RecordNoticeCheckCommand.class)).isInstanceOf(InvalidRequestException.class);
    }
}
