/**
 * REST API of dispatch: operators register providers, set global provider keys and keep the model catalogue
 * and its prices; tenant users list the providers and set their tenant's or their own provider keys. A
 * provider key is accepted in requests and only ever answered masked.
 */
package fr.guichet.dispatch.api;
