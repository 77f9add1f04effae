import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { oneLine } from './one-line.js';

/**
 * A parsed XML element: text, or an object of child elements (each an array, in order).
 *
 * @example
 * const element: XmlElement = { LAchildID: ['C1'] };
 * childText(element, 'LAchildID'); //=> 'C1'
 */
export type XmlElement = string | { [name: string]: XmlElement[] | string };

/**
 * The result of reading an XML document: the root elements, or why it is not well-formed.
 *
 * @example
 * const reading: XmlReading = readXml('<a>'); //=> { ok: false, message: 'not well-formed XML at line 1, ...' }
 */
export type XmlReading = { ok: true; root: Record<string, XmlElement[]> } | { ok: false; message: string };

/**
 * Parses XML into plain objects in which every element name maps to an array (so repeated
 * elements and single ones look the same), values stay text (`001` stays `001`), namespace
 * prefixes and attributes are dropped. A document that is not well-formed gives the parser's
 * message with its line (and column, when the parser knows it); an empty one says so.
 *
 * @example
 * const r = readXml('<Message><Children><Child/></Children></Message>');
 * r.ok && children(r.root.Message![0]!, 'Children').length; //=> 1
 */
export function readXml(xml: string): XmlReading {
  if (xml.replace(/^\uFEFF/, '').trim() === '') return { ok: false, message: 'the file is empty' };
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    const where = typeof col === 'number' ? `line ${line}, column ${col}` : `line ${line}`;
    return { ok: false, message: `not well-formed XML at ${where}: ${oneLine(msg)}` };
  }
  const parser = new XMLParser({
    ignoreAttributes: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    parseTagValue: false,
    trimValues: true,
    removeNSPrefix: true,
    isArray: () => true,
  });
  try {
    return { ok: true, root: parser.parse(xml) as Record<string, XmlElement[]> };
  } catch (error) {
    return { ok: false, message: `not readable XML: ${oneLine(error)}` };
  }
}

/**
 * The child elements called `name` of an element, in document order.
 *
 * @example
 * children({ Assessments: [{ AssessmentActualStartDate: ['2024-01-02'] }] }, 'Assessments').length; //=> 1
 */
export function children(element: XmlElement | undefined, name: string): XmlElement[] {
  if (element === undefined || typeof element === 'string') return [];
  const value = element[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * The text of an element: trimmed, or undefined when the element is missing, empty, or has
 * child elements instead of text.
 *
 * @example
 * textOf('  2024-01-02 '); //=> '2024-01-02'
 * textOf(''); //=> undefined
 */
export function textOf(element: XmlElement | undefined): string | undefined {
  if (element === undefined) return undefined;
  if (typeof element === 'string') return element.trim() === '' ? undefined : element.trim();
  const text = element['#text'];
  return typeof text === 'string' && text.trim() !== '' ? text.trim() : undefined;
}

/**
 * The text of the first child element called `name`, or undefined.
 *
 * @example
 * childText({ LAchildID: ['C1'] }, 'LAchildID'); //=> 'C1'
 */
export function childText(element: XmlElement | undefined, name: string): string | undefined {
  return textOf(children(element, name)[0]);
}

/**
 * True when the element has a child called `name`, even an empty one.
 *
 * @example
 * hasChild({ CINclosureDate: [''] }, 'CINclosureDate'); //=> true
 */
export function hasChild(element: XmlElement | undefined, name: string): boolean {
  return children(element, name).length > 0;
}
