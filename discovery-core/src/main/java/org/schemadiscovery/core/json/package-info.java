/** JSON encoding of the model: {@link org.schemadiscovery.core.json.JsonCodec}. */
package org.schemadiscovery.core.json;
