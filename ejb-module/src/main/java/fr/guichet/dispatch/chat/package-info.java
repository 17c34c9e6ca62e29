/**
 * The chat path's core: routing a call to a provider chain, calling providers under MicroProfile Fault
 * Tolerance, falling back before the first byte, streaming, and metering each call exactly once.
 */
package fr.guichet.dispatch.chat;
