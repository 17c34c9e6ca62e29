package fr.guichet.dispatch.provider;

/** The wire protocols Guichet speaks to LLM providers; each has one {@link ProviderAdapter}. */
public enum ProviderKind {
    /** OpenAI Chat Completions, and every service that speaks it (Mistral, Groq, Ollama's {@code /v1}...). */
    OPENAI_COMPATIBLE,
    /** Anthropic Messages API. */
    ANTHROPIC,
    /** Google Gemini API ({@code generateContent}). */
    GEMINI,
    /** Ollama's native API ({@code /api/chat}, NDJSON streaming). */
    OLLAMA
}
