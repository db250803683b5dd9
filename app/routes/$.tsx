/** Any address that is not a page: the friendly 404 in the root error boundary, in the user's language. */
export function loader() {
  throw new Response("Not found", { status: 404 });
}

export default function NotFound() {
  return null;
}
