/** The indicator checklist: codes, categories, staff roles and their texts, as loaded from a versioned pack. */
package dev.vigil.server.domain.model.indicator;
