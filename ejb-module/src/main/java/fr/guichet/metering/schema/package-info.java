/** Schema changes of metering that a changelog's SQL cannot make: filling the rollups from the events once. */
package fr.guichet.metering.schema;
