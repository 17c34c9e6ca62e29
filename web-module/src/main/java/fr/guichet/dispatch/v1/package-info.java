/**
 * The OpenAI-compatible API (/v1): API-key authentication, chat completions (JSON and server-sent events) and
 * the model list in OpenAI's exact formats, requests read field by field (JSON-P), errors in OpenAI's shape.
 */
package fr.guichet.dispatch.v1;
