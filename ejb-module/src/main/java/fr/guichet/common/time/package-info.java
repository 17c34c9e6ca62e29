/** The injectable clock. */
package fr.guichet.common.time;
