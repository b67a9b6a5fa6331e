/** The HTTP listener itself: a guard in front of the servlet container for request lines it mishandles. */
package dev.vigil.server.infrastructure.http;
