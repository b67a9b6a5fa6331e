package dev.vigil.server.infrastructure.pdf;

import java.util.Map;

/** Staff role codes in words for readers outside the hotel. */
final class StaffRoles {

    private static final Map<String, String> NAMES = Map.of(
            "FD", "front desk", "HK", "housekeeping", "FB", "food and beverage", "MNT", "maintenance",
            "VAL", "valet, bell or door", "SEC", "security", "HR", "human resources");

    private StaffRoles() {
    }

    static String describe(String code) {
        String name = NAMES.get(code);
        return name == null ? code : name + " (" + code + ")";
    }
}
