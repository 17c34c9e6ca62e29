/** JPA conversions shared by every feature. */
package fr.guichet.common.persistence;
