package dev.vigil.server.application.insight;

import java.time.Instant;
import java.util.List;

/**
 * Where things gather in a property over a period: one cell per room (grouped by floor, read from
 * the room number: {@code 214} is on floor 2, {@code 1203} on floor 12) and one per area.
 */
public record Heatmap(String propertyId, Instant from, Instant to, List<Cell> rooms, List<Cell> areas) {

    /**
     * One room or area: observations filed in the period, open cases naming it and their highest severity.
     *
     * @param floor the floor of a room, {@code null} for an area or a room number without one
     */
    public record Cell(String place, String floor, long observations, int openCases, String maxSeverity) {
    }
}
