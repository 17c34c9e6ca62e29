/**
 * Provider adapters: the translation layer between Guichet and each LLM provider's HTTP protocol (OpenAI Chat
 * Completions and its compatibles, Anthropic Messages, Google Gemini, Ollama).
 *
 * <p>Everything here is plain Java over Apache HttpClient (classic, blocking) and Jakarta JSON-P: no container
 * services, no persistence. An adapter turns a {@link fr.guichet.dispatch.provider.ChatRequest} into the
 * provider's request, and the provider's answer (a JSON body, SSE events or NDJSON lines) into a
 * {@link fr.guichet.dispatch.provider.ChatResponse} or calls on a
 * {@link fr.guichet.dispatch.provider.StreamListener}. Every failure becomes a
 * {@link fr.guichet.dispatch.provider.ProviderException} with a {@link
 * fr.guichet.dispatch.provider.ProviderException.Failure} that tells the dispatcher whether falling back or
 * retrying makes sense; a stream that breaks after text was delivered becomes a
 * {@link fr.guichet.dispatch.provider.StreamInterruptedException} instead, which must never be retried.
 * Token counts come from the provider's own usage fields; only when a provider gives none is an estimate
 * recorded, marked as such. API keys never appear in messages, logs or {@code toString()}.
 */
package fr.guichet.dispatch.provider;
