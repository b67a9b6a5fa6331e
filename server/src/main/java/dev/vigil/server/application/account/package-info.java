/**
 * Accounts a hotel runs itself: admins (for their tenant) and managers (for their property) create,
 * disable and re-enable accounts, reset passwords and assign roles, staff roles and the property;
 * every change is audited. Also what the web pages remember per person (language, discreet mode).
 */
package dev.vigil.server.application.account;
