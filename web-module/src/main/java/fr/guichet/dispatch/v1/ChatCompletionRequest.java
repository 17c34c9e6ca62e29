package fr.guichet.dispatch.v1;

import fr.guichet.dispatch.provider.ChatRequest;

/**
 * A {@code POST /v1/chat/completions} body once read and checked: the request in the providers' common form,
 * whether the answer is streamed, and whether a stream ends with a usage chunk
 * ({@code stream_options.include_usage}).
 */
record ChatCompletionRequest(ChatRequest request, boolean stream, boolean includeUsage) {}
