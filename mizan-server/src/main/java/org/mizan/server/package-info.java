/**
 * The HTTP edge of Mizan: {@code mizan serve}'s REST API under {@code /api/}, its OpenAPI description at
 * {@code /openapi.json}, and the web UI. Handlers only validate parameters, call one module (store,
 * ingest, coder, analytics, models) and render JSON; no analysis lives here (docs/server.md).
 */
package org.mizan.server;
