package dev.vigil.server.infrastructure.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.domain.model.indicator.IndicatorCode;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.SubjectType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FactTextTest {

    @Test
    void codes_keepTheirOrder() {
        List<IndicatorCode> codes = List.of(new IndicatorCode("ROOM_LINEN_EXCESS"), new IndicatorCode("CTRL_SPEAKS_FOR"));
        assertThat(FactText.codes(codes)).isEqualTo("ROOM_LINEN_EXCESS,CTRL_SPEAKS_FOR");
        assertThat(FactText.codes(FactText.codes(codes))).isEqualTo(codes);
        assertThat(FactText.codes("")).isEmpty();
    }

    @Test
    void keys_roundTrip_evenWhenAnAreaHoldsLineBreaksBackslashesAndColons() {
        Set<SubjectKey> keys = Set.of(new SubjectKey(SubjectType.ROOM_STAY, "0b6f2c1e-stay"),
                new SubjectKey(SubjectType.PAYER, "payer:Zk3-_q"),
                new SubjectKey(SubjectType.AREA, "hotel-a:pool \\ deck\nnorth\\n end"));
        String text = FactText.keys(keys);
        assertThat(text.lines()).hasSize(3);
        assertThat(FactText.keys(text)).isEqualTo(keys);
        assertThat(FactText.keys("")).isEmpty();
    }
}
