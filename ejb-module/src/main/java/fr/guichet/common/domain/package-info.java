/** What every feature shares: error codes and the domain exception, validation, paging. */
package fr.guichet.common.domain;
