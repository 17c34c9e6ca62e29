/** The OpenAI-compatible API (/v1). */
package fr.guichet.openai;
