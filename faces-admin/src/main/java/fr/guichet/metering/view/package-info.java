/** The console's usage: the dashboard's usage tiles and charts, and the clients' usage table. */
package fr.guichet.metering.view;
