/**
 * How the Portainer client talks HTTP: authentication (API key or JWT with one re-login), retries,
 * error bodies in every shape, the routes of each Portainer version, and the JSON mapping. Not API:
 * nothing here is stable.
 */
package dev.phoenix.portainer.internal;
