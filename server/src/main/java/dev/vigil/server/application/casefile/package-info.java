/** Cases: opening and merging them from matches, security's review, decisions, markings, reporter audit. */
package dev.vigil.server.application.casefile;
