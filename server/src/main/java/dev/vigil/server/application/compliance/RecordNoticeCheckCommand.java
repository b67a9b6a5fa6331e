package dev.vigil.server.application.compliance;

/** Someone checked where a required notice hangs: which notice (the pack's id), where, when (with offset), posted or not. */
public record RecordNoticeCheckCommand(String propertyId, String noticeId, String location, String checkedAt,
                                       Boolean posted) {
}
