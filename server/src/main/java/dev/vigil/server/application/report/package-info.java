/**
 * The case report packet: the facts of one case (property, times, places, indicator wording,
 * reporter roles, the protocol's steps and when they were done, the numbers to call, where each
 * protocol value comes from), without raw identifiers, notes or conclusions; every export audited.
 */
package dev.vigil.server.application.report;
