/** What every console page shares: domain errors as Faces messages, and the handler of unexpected errors. */
package fr.guichet.common.view;
