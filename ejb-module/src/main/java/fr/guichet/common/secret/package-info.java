/** Secrets generated once into owner-only files, for servers started without them in the environment. */
package fr.guichet.common.secret;
