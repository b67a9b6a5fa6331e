package dev.vigil.server.domain.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The numbers a reporter may need now: the emergency number, the trafficking hotline, the number
 * that takes text messages and the word to text it (each empty where the jurisdiction has none),
 * and every number of the property's protocol by channel id, for guidance lines that name one.
 */
public record ReportingNumbers(String emergency, String hotline, String hotlineSms, String hotlineKeyword,
                               Map<String, String> channels) {

    public ReportingNumbers {
        Objects.requireNonNull(emergency, "emergency number");
        hotline = hotline == null ? "" : hotline;
        hotlineSms = hotlineSms == null ? "" : hotlineSms;
        hotlineKeyword = hotlineKeyword == null ? "" : hotlineKeyword;
        channels = channels == null ? Map.of() : Map.copyOf(channels);
    }

    /** Numbers without a text keyword or named channels. */
    public ReportingNumbers(String emergency, String hotline, String hotlineSms) {
        this(emergency, hotline, hotlineSms, "", Map.of());
    }

    /** What guidance placeholders stand for: {EMERGENCY}, {HOTLINE}, {HOTLINE_SMS}, {HOTLINE_KEYWORD}, {channel_id}. */
    public Map<String, String> placeholders() {
        Map<String, String> values = new LinkedHashMap<>(channels);
        values.put("EMERGENCY", emergency);
        values.put("HOTLINE", hotline);
        values.put("HOTLINE_SMS", hotlineSms);
        values.put("HOTLINE_KEYWORD", hotlineKeyword);
        return values;
    }
}
